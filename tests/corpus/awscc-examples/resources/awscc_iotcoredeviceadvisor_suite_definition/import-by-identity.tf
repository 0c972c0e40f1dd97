import {
  to = awscc_iotcoredeviceadvisor_suite_definition.example
  identity = {
    suite_definition_id = "suite_definition_id"
  }
}
