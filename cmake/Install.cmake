# cmake --install: the loadable modules under lib/alignlint/llvm-N (so the
# builds for several LLVM versions install side by side into one prefix),
# the version-independent rest (commands, header, docs, man page, CMake
# package) beside them. Included last by the top-level CMakeLists.txt.
include(CMakePackageConfigHelpers)
set(ALIGNLINT_MODULE_DIR "lib/alignlint/llvm-${LLVM_VERSION_MAJOR}")

install(TARGETS alignlint_plugin LIBRARY DESTINATION ${ALIGNLINT_MODULE_DIR})
if(TARGET alignlint_tidy)
  install(TARGETS alignlint_tidy LIBRARY DESTINATION ${ALIGNLINT_MODULE_DIR})
endif()
install(TARGETS alignlint RUNTIME DESTINATION bin)
# The editor server (lsp/), once the tree has it.
# Also as alignlint-clangd-N: builds for several LLVM versions installed into
# one prefix each keep a server (the unversioned name is the last one
# installed), and each server uses its own version's plugin.
if(TARGET alignlint_clangd)
  install(TARGETS alignlint_clangd RUNTIME DESTINATION bin)
  install(PROGRAMS $<TARGET_FILE:alignlint_clangd> DESTINATION bin
          RENAME alignlint-clangd-${LLVM_VERSION_MAJOR})
endif()

configure_file(${PROJECT_SOURCE_DIR}/tools/alignlint-config/alignlint-config
               ${PROJECT_BINARY_DIR}/alignlint-config @ONLY)
install(PROGRAMS ${PROJECT_BINARY_DIR}/alignlint-config DESTINATION bin)
install(FILES ${PROJECT_SOURCE_DIR}/include/alignlint.h DESTINATION include)

configure_file(${PROJECT_SOURCE_DIR}/docs/alignlint.1
               ${PROJECT_BINARY_DIR}/alignlint.1 @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/alignlint.1 DESTINATION share/man/man1)
file(GLOB alignlint_docs ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${alignlint_docs}
        DESTINATION share/doc/alignlint)

install(FILES ${PROJECT_SOURCE_DIR}/cmake/alignlintConfig.cmake
        DESTINATION lib/cmake/alignlint)
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/alignlintConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/alignlintConfigVersion.cmake
        DESTINATION lib/cmake/alignlint)
