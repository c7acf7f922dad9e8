# Architecture rules enforced at configure time.
# The engine is Qt6::Core only: no Qt Gui/Widgets, no VTK, neither linked nor included.

function(veil_check_engine_layer target)
  get_target_property(_libs ${target} LINK_LIBRARIES)
  get_target_property(_ilibs ${target} INTERFACE_LINK_LIBRARIES)
  foreach(_lib IN LISTS _libs _ilibs)
    if(_lib MATCHES "Qt6?::(Gui|Widgets|OpenGL|OpenGLWidgets|Quick|Qml)" OR _lib MATCHES "^VTK::" OR _lib MATCHES "vtk")
      message(FATAL_ERROR "Layer rule: ${target} must not link '${_lib}' (engine is Qt6::Core only)")
    endif()
  endforeach()

  file(GLOB_RECURSE _sources "${CMAKE_SOURCE_DIR}/engine/*.h" "${CMAKE_SOURCE_DIR}/engine/*.cpp")
  foreach(_src IN LISTS _sources)
    file(STRINGS "${_src}" _bad REGEX "#[ \t]*include[ \t]*[<\"](QtGui|QtWidgets|QtOpenGL|QWidget|QImage|QPixmap|QPainter|QColor|QUndo|QAction|vtk)")
    if(_bad)
      message(FATAL_ERROR "Layer rule: ${_src} includes a GUI or VTK header: ${_bad}")
    endif()
  endforeach()
endfunction()
