# SPDX-License-Identifier: Apache-2.0
# Shared build settings and the helper that turns a src/<m>/ folder into the target cp_<m>.

add_library(cp_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(cp_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                 -Wimplicit-fallthrough)
    if(CP_WERROR)
        target_compile_options(cp_warnings INTERFACE -Werror)
    endif()
endif()
if(CP_ASSERTS OR CMAKE_BUILD_TYPE STREQUAL "Debug")
    target_compile_definitions(cp_warnings INTERFACE CP_ENABLE_ASSERTS=1)
endif()

# cp_module(NAME <m> [DEPS cp_a cp_b ...] [LIBS external ...])
# Builds every .cpp under src/<m>/ (detail/ included) into the static library cp_<m>.
# Public headers are included as "<m>/<m>.hpp" from src/.
function(cp_module)
    cmake_parse_arguments(ARG "" "NAME" "DEPS;LIBS" ${ARGN})
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp")
    add_library(cp_${ARG_NAME} STATIC ${sources})
    target_include_directories(cp_${ARG_NAME} PUBLIC "${PROJECT_SOURCE_DIR}/src")
    target_link_libraries(cp_${ARG_NAME} PUBLIC ${ARG_DEPS} ${ARG_LIBS} PRIVATE cp_warnings)
endfunction()
