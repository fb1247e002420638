# find_package(alignlint CONFIG) for projects built with clang: gives
#   alignlint::plugin   the installed plugin for the LLVM version of the
#                       project's C compiler (C++ when C is not enabled)
#   alignlint_enable(TARGET [RULES rule...] [ERROR rule...] [EXPORT_FIXES dir])
#                       loads it into TARGET's compiles.
# A plugin only loads into the clang it was built for, so both ask the
# compiler for its version; with another compiler alignlint_enable says so
# once and adds nothing.
get_filename_component(_alignlint_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.."
                       ABSOLUTE)
set(alignlint_INCLUDE_DIR "${_alignlint_prefix}/include")
set(alignlint_APPLY_COMMAND "${_alignlint_prefix}/bin/alignlint")

# The compiler whose version picks the plugin.
if(CMAKE_C_COMPILER)
  set(_alignlint_compiler "${CMAKE_C_COMPILER}")
else()
  set(_alignlint_compiler "${CMAKE_CXX_COMPILER}")
endif()
execute_process(COMMAND "${_alignlint_compiler}" --version
                OUTPUT_VARIABLE _alignlint_compiler_version
                ERROR_QUIET RESULT_VARIABLE _alignlint_version_status)
set(alignlint_LLVM_VERSION "")
if(_alignlint_version_status EQUAL 0 AND
   _alignlint_compiler_version MATCHES "clang version ([0-9]+)\\.")
  set(alignlint_LLVM_VERSION "${CMAKE_MATCH_1}")
endif()

# Every LLVM version installed side by side under lib/alignlint/llvm-N.
file(GLOB _alignlint_llvm_dirs LIST_DIRECTORIES true
     "${_alignlint_prefix}/lib/alignlint/llvm-*")
set(alignlint_LLVM_VERSIONS "")
foreach(_alignlint_dir IN LISTS _alignlint_llvm_dirs)
  string(REGEX REPLACE ".*/llvm-" "" _alignlint_n "${_alignlint_dir}")
  list(APPEND alignlint_LLVM_VERSIONS "${_alignlint_n}")
endforeach()

set(alignlint_PLUGIN
    "${_alignlint_prefix}/lib/alignlint/llvm-${alignlint_LLVM_VERSION}/libalignlint.so")
if(alignlint_LLVM_VERSION AND EXISTS "${alignlint_PLUGIN}")
  if(NOT TARGET alignlint::plugin)
    add_library(alignlint::plugin MODULE IMPORTED)
    set_target_properties(alignlint::plugin PROPERTIES
      IMPORTED_LOCATION "${alignlint_PLUGIN}"
      INTERFACE_INCLUDE_DIRECTORIES "${alignlint_INCLUDE_DIR}")
  endif()
  set(alignlint_plugin_FOUND TRUE)
else()
  set(alignlint_plugin_FOUND FALSE)
  if(alignlint_LLVM_VERSION)
    set(_alignlint_why "alignlint is installed for LLVM "
        "${alignlint_LLVM_VERSIONS} but ${_alignlint_compiler} is clang "
        "${alignlint_LLVM_VERSION}")
  else()
    set(_alignlint_why "${_alignlint_compiler} is not clang; alignlint is a "
        "clang plugin (installed for LLVM ${alignlint_LLVM_VERSIONS})")
  endif()
  string(CONCAT alignlint_NOT_USABLE_REASON ${_alignlint_why})
endif()

# alignlint_enable(TARGET [RULES rule...] [ERROR rule...] [EXPORT_FIXES dir])
# RULES: report these rules (default: the plugin's defaults); ERROR: report
# these as errors; EXPORT_FIXES: write the fixes as YAML into dir for
# `alignlint apply dir`.
function(alignlint_enable target)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "EXPORT_FIXES" "RULES;ERROR")
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR
            "alignlint_enable: unknown arguments ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT TARGET alignlint::plugin)
    get_property(_told GLOBAL PROPERTY alignlint_told_not_usable)
    if(NOT _told)
      message(STATUS "alignlint: not enabled: ${alignlint_NOT_USABLE_REASON}.")
      set_property(GLOBAL PROPERTY alignlint_told_not_usable TRUE)
    endif()
    return()
  endif()
  set(_flags "-fplugin=$<TARGET_FILE:alignlint::plugin>")
  if(ARG_RULES)
    string(REPLACE ";" "," _rules "${ARG_RULES}")
    list(APPEND _flags "-fplugin-arg-alignlint-enable=${_rules}")
  endif()
  if(ARG_ERROR)
    string(REPLACE ";" "," _rules "${ARG_ERROR}")
    list(APPEND _flags "-fplugin-arg-alignlint-error=${_rules}")
  endif()
  if(ARG_EXPORT_FIXES)
    # Compiles run in several folders: the plugin needs an absolute path.
    get_filename_component(_dir "${ARG_EXPORT_FIXES}" ABSOLUTE
                           BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
    file(MAKE_DIRECTORY "${_dir}")
    list(APPEND _flags "-fplugin-arg-alignlint-export-fixes=${_dir}")
  endif()
  target_compile_options(${target} PRIVATE ${_flags})
  target_include_directories(${target} PRIVATE "${alignlint_INCLUDE_DIR}")
endfunction()
