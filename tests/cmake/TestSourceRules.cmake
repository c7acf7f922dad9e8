# The source rules (cmake/SourceRules.cmake) pass on the real tree and fail
# on scratch trees that each break one rule on purpose.
#   cmake -DVEIL_SOURCE=<repo> -DSCRATCH=<dir> -P tests/cmake/TestSourceRules.cmake

function(run_rules root expect_ok expect_text)
  execute_process(COMMAND "${CMAKE_COMMAND}" -DVEIL_ROOT=${root} -P "${VEIL_SOURCE}/cmake/SourceRules.cmake"
                  RESULT_VARIABLE _result ERROR_VARIABLE _err OUTPUT_VARIABLE _out)
  if(expect_ok AND NOT _result EQUAL 0)
    message(FATAL_ERROR "rules fail on ${root}:\n${_err}")
  endif()
  if(NOT expect_ok)
    if(_result EQUAL 0)
      message(FATAL_ERROR "rules pass on ${root}, which breaks one (${expect_text})")
    endif()
    if(NOT _err MATCHES "${expect_text}")
      message(FATAL_ERROR "rules fail on ${root} without naming ${expect_text}:\n${_err}")
    endif()
  endif()
endfunction()

# A scratch tree: one file per entry of `files` ("path=line").
function(scratch name)
  set(_dir "${SCRATCH}/${name}")
  file(REMOVE_RECURSE "${_dir}")
  foreach(_entry IN LISTS ARGN)
    string(FIND "${_entry}" "=" _eq)
    string(SUBSTRING "${_entry}" 0 ${_eq} _path)
    math(EXPR _from "${_eq} + 1")
    string(SUBSTRING "${_entry}" ${_from} -1 _line)
    file(APPEND "${_dir}/${_path}" "${_line}\n")
  endforeach()
endfunction()

run_rules("${VEIL_SOURCE}" TRUE "")

set(_fine "engine/pixel/Fine.cpp=#include \"engine/ocr/TextReader.h\""
          "engine/pixel/Fine2.cpp=#include <opencv2/core.hpp>"
          "engine/dicom/Fine.cpp=#include \"engine/pixel/BurnedText.h\""
          "widgets/Fine.cpp=#include \"widgets/models/ReviewSession.h\""
          "widgets/volume/Fine.cpp=#include <vtkRenderer.h>")
scratch(fine ${_fine})
run_rules("${SCRATCH}/fine" TRUE "")

# Each broken tree: its name, the one file that breaks a rule ("path=line"), and
# what the failure must say.
set(_broken
    "upward!engine/pixel/Bad.cpp=#include \"engine/dicom/DicomFile.h\"!engine/pixel/Bad.cpp: engine/pixel must not include engine/dicom"
    "dcmtk!engine/deid/Bad.cpp=#  include <dcmtk/dcmdata/dctk.h>!engine/deid/Bad.cpp: DCMTK only in"
    "sodium!engine/project/Bad.cpp=#include <sodium.h>!engine/project/Bad.cpp: libsodium only in"
    "opencv!widgets/Bad.h=#include <opencv2/imgproc.hpp>!widgets/Bad.h: OpenCV only in"
    "vtk!app/gui/Bad.cpp=#include <vtkActor.h>!app/gui/Bad.cpp: VTK only in"
    "layer!widgets/models/Bad.cpp=#include \"widgets/ReviewPage.h\"!widgets/models/Bad.cpp: widgets/models must not include widgets"
    "engineup!engine/export/Bad.h=#include \"widgets/models/FrameImage.h\"!engine/export/Bad.h: engine must not include widgets/models")
foreach(_case IN LISTS _broken)
  string(REPLACE "!" ";" _case "${_case}")
  list(GET _case 0 _name)
  list(GET _case 1 _file)
  list(GET _case 2 _says)
  scratch(${_name} ${_fine} "${_file}")
  run_rules("${SCRATCH}/${_name}" FALSE "${_says}")
endforeach()

message(STATUS "source rules: the real tree passes; 7 broken scratch trees fail, each naming its file")
