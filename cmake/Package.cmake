# cpack -G DEB: alignlint_<version>_<arch>.deb with the plugin for the LLVM
# this tree is built for. The plugin runs inside that clang (and its
# libclang-cpp); the alignlint command needs libyaml and libxxhash.
set(CPACK_PACKAGE_NAME alignlint)
set(CPACK_PACKAGE_VENDOR "alignlint")
set(CPACK_PACKAGE_CONTACT "alignlint maintainers <alignlint@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Clang plugin that finds and fixes wasteful and contended struct layouts")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # alignlint_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "clang-${LLVM_VERSION_MAJOR}, libclang-cpp${LLVM_VERSION_MAJOR}, libyaml-0-2, libxxhash0, libc6")
include(CPack)
