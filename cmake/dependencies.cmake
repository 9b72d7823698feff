# Every dependency comes from Debian's packages through find_package; nothing
# is downloaded at build time.
find_package(fmt REQUIRED)
find_package(yaml-cpp REQUIRED)
find_package(CLI11 REQUIRED)
find_package(nlohmann_json REQUIRED)
find_package(SQLite3 REQUIRED)
if(BR_BUILD_TESTS)
  find_package(doctest REQUIRED)
endif()
