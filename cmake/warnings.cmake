# Warning settings as an INTERFACE target, linked by every project target.
add_library(br_warnings INTERFACE)
target_compile_options(br_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wnull-dereference
  -Wimplicit-fallthrough
  # GCC 12 warns falsely about std::string operator+ at -O2 (GCC bug 105651).
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
# The asan preset (which CI builds) turns every warning into an error.
option(BR_WERROR "Treat warnings as errors" OFF)
if(BR_WERROR)
  target_compile_options(br_warnings INTERFACE -Werror)
endif()

# Sanitizers, switched on by the asan and fuzz presets.
set(BR_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined")
add_library(br_sanitize INTERFACE)
if(BR_SANITIZE)
  target_compile_options(br_sanitize INTERFACE -fsanitize=${BR_SANITIZE} -fno-omit-frame-pointer
                                               -fno-sanitize-recover=all)
  target_link_options(br_sanitize INTERFACE -fsanitize=${BR_SANITIZE})
endif()
