# SPDX-License-Identifier: GPL-3.0-or-later
# The integration lab (tests/integration/lab.sh): one CTest test per scenario of lab/scenarios.sh, each in a lab of
# its own (network namespaces, real daemons, nftables). Needs root and `ip netns`: otherwise every test is skipped
# (exit 77). Run alone with `ctest -L integration`.
find_program(TPREADY_BASH bash)
set(lab_scenarios_file ${CMAKE_CURRENT_SOURCE_DIR}/lab/scenarios.sh)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${lab_scenarios_file})
file(STRINGS ${lab_scenarios_file} lab_functions REGEX "^scenario_[a-z0-9_]+\\(\\)")
# The gateway script (tpready gateway-script) under BusyBox, merged into the laptop's report: every table's scenario,
# and the gateway-* scenarios, which exist for it alone (a gateway without openssl, with another resolver, on a VLAN
# the laptop is not on).
set(lab_gateway_tables saas-ipsec saas-tls saas-station selfhosted-ipsec selfhosted-tls selfhosted-plain
    selfhosted-station)
foreach(function IN LISTS lab_functions)
    string(REGEX REPLACE "^scenario_([a-z0-9_]+)\\(\\).*" "\\1" scenario "${function}")
    string(REPLACE "_" "-" scenario "${scenario}")
    if(scenario IN_LIST lab_gateway_tables OR scenario MATCHES "^gateway-")
        add_test(NAME lab-gateway.${scenario}
            COMMAND ${TPREADY_BASH} ${CMAKE_CURRENT_SOURCE_DIR}/lab.sh $<TARGET_FILE:tpready> ${scenario})
        set_tests_properties(lab-gateway.${scenario} PROPERTIES
            LABELS integration
            RUN_SERIAL TRUE
            TIMEOUT 120
            SKIP_RETURN_CODE 77
            ENVIRONMENT LAB_GATEWAY=1)
        if(TPREADY_SANITIZE)
            set_property(TEST lab-gateway.${scenario} APPEND PROPERTY ENVIRONMENT LAB_MAX_RATIO_EXTRA=0.3
                                                                                  LAB_TIMEOUT_FACTOR=2)
        endif()
    endif()
    if(scenario MATCHES "^gateway-")
        continue()
    endif()
    add_test(NAME lab.${scenario}
        COMMAND ${TPREADY_BASH} ${CMAKE_CURRENT_SOURCE_DIR}/lab.sh $<TARGET_FILE:tpready> ${scenario})
    # RUN_SERIAL: the drop scenario measures wall time against the timeout, and the lab's daemons share 2 cores.
    set_tests_properties(lab.${scenario} PROPERTIES
        LABELS integration
        RUN_SERIAL TRUE
        TIMEOUT 120
        SKIP_RETURN_CODE 77)
    # The same scenario through the wizard (tests/ui/wizardcheck.cpp fills its pages with the same selection and
    # options and exports page 7's report): the same assertions hold, check by check.
    add_test(NAME lab-wizard.${scenario}
        COMMAND ${TPREADY_BASH} ${CMAKE_CURRENT_SOURCE_DIR}/lab.sh $<TARGET_FILE:wizardcheck> ${scenario})
    set_tests_properties(lab-wizard.${scenario} PROPERTIES
        LABELS integration
        RUN_SERIAL TRUE
        TIMEOUT 120
        SKIP_RETURN_CODE 77)
    if(TPREADY_SANITIZE)
        # ASan + UBSan make start-up and every probe slower (loading the system's trusted roots takes seconds): each
        # check gets twice its deadline, and the drop scenarios' wall-time bound 0.3 more.
        set_property(TEST lab.${scenario} lab-wizard.${scenario} APPEND PROPERTY ENVIRONMENT LAB_MAX_RATIO_EXTRA=0.3
                                                                                          LAB_TIMEOUT_FACTOR=2)
    endif()
endforeach()
