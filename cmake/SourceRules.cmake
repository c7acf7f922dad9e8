# Rules over the #include lines of the sources, checked at configure time
# (include()d by the top CMakeLists.txt) and by a test that runs this file
# in script mode on scratch trees (tests/cmake/TestSourceRules.cmake):
#   cmake -DVEIL_ROOT=<tree> -P cmake/SourceRules.cmake
#
# 1. Includes name their layer ("engine/dicom/DicomFile.h"). Layers in order
#    (app -> widgets -> widgets/models -> engine) and engine/ folders in
#    order: a folder includes its own headers and those of folders before it
#    in VEIL_ENGINE_FOLDERS, never of one after it.
# 2. Each SDK behind one wall: its headers are included only under the paths
#    listed for it (engine/, widgets/ and app/ are checked; a test, bench or
#    tool that includes one says so by linking it, see veil_check_test_sdks).

set(VEIL_ENGINE_FOLDERS core image jobs crypto deid ocr pixel dicom pipeline net project export)

# name ! include pattern ! allowed path prefixes (,-separated)
set(VEIL_SDK_WALLS
    "DCMTK!<dcmtk/!engine/dicom/,engine/net/"
    "OpenCV!<opencv2/!engine/pixel/"
    "Tesseract!<(tesseract|leptonica)/!engine/ocr/"
    "SQLite!<sqlite3[.]h>!engine/project/"
    "libsodium!<sodium!engine/crypto/Sodium.cpp"
    "OpenJPEG!<openjpeg!engine/dicom/"
    "libzip!<zip[.]h>!engine/dicom/"
    "libjxl!<jxl/!engine/dicom/codec/JpegXl.cpp"
    "CharLS!<charls/!engine/dicom/codec/JpegLs.cpp"
    "VTK!<vtk!widgets/volume/")

function(veil_check_source_rules root)
  get_filename_component(root "${root}" ABSOLUTE)
  file(GLOB_RECURSE _sources RELATIVE "${root}" "${root}/engine/*.h" "${root}/engine/*.cpp" "${root}/widgets/*.h"
       "${root}/widgets/*.cpp" "${root}/app/*.h" "${root}/app/*.cpp")
  set(_problems "")
  foreach(_rel IN LISTS _sources)
    file(STRINGS "${root}/${_rel}" _includes REGEX "^[ \t]*#[ \t]*include")
    set(_folder "")
    if(_rel MATCHES "^engine/([a-z]+)/")
      set(_folder "${CMAKE_MATCH_1}")
    endif()
    list(FIND VEIL_ENGINE_FOLDERS "${_folder}" _rank)
    foreach(_line IN LISTS _includes)
      if(_rank GREATER_EQUAL 0 AND _line MATCHES "\"engine/([a-z]+)/")
        list(FIND VEIL_ENGINE_FOLDERS "${CMAKE_MATCH_1}" _target)
        if(_target GREATER _rank)
          string(APPEND _problems "\n  ${_rel}: engine/${_folder} must not include engine/${CMAKE_MATCH_1} (${_line})")
        endif()
      endif()
      # Layers: app -> widgets -> widgets/models -> engine, never up.
      if(_line MATCHES "\"(engine|widgets/models|widgets|app)/")
        set(_to "${CMAKE_MATCH_1}")
        if(_line MATCHES "\"widgets/models/")
          set(_to "widgets/models")
        endif()
        set(_from "")
        foreach(_layer app widgets widgets/models engine) # the most specific last
          string(FIND "${_rel}" "${_layer}/" _at)
          if(_at EQUAL 0)
            set(_from "${_layer}")
          endif()
        endforeach()
        set(_layers engine widgets/models widgets app)
        list(FIND _layers "${_from}" _fromRank)
        list(FIND _layers "${_to}" _toRank)
        if(_fromRank GREATER_EQUAL 0 AND _toRank GREATER _fromRank)
          string(APPEND _problems "\n  ${_rel}: ${_from} must not include ${_to} (${_line})")
        endif()
      endif()
      foreach(_wall IN LISTS VEIL_SDK_WALLS)
        string(REPLACE "!" ";" _parts "${_wall}")
        list(GET _parts 0 _sdk)
        list(GET _parts 1 _pattern)
        list(GET _parts 2 _allowed)
        if(_line MATCHES "${_pattern}")
          string(REPLACE "," ";" _allowed "${_allowed}")
          set(_inside FALSE)
          foreach(_prefix IN LISTS _allowed)
            string(FIND "${_rel}" "${_prefix}" _at)
            if(_at EQUAL 0)
              set(_inside TRUE)
            endif()
          endforeach()
          if(NOT _inside)
            string(APPEND _problems "\n  ${_rel}: ${_sdk} only in ${_allowed} (${_line})")
          endif()
        endif()
      endforeach()
    endforeach()
  endforeach()
  if(_problems)
    message(FATAL_ERROR "Source rule broken (cmake/SourceRules.cmake):${_problems}")
  endif()
endfunction()

# A test that includes an SDK's headers links that SDK in its own target.
function(veil_check_test_sdks name libs)
  foreach(_src IN LISTS ARGN)
    file(STRINGS "${CMAKE_CURRENT_SOURCE_DIR}/${_src}" _includes REGEX "^[ \t]*#[ \t]*include[ \t]*<")
    foreach(_pair "dcmtk/:DCMTK" "opencv2/:opencv" "sqlite3:SQLITE" "sodium:sodium" "tesseract/:tesseract" "vtk:VTK")
      string(REPLACE ":" ";" _pair "${_pair}")
      list(GET _pair 0 _header)
      list(GET _pair 1 _lib)
      if(_includes MATCHES "<${_header}" AND NOT libs MATCHES "${_lib}")
        message(FATAL_ERROR "${name}: ${_src} includes <${_header}...> but does not link ${_lib} (say so in LIBS)")
      endif()
    endforeach()
  endforeach()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND DEFINED VEIL_ROOT)
  veil_check_source_rules("${VEIL_ROOT}")
endif()
