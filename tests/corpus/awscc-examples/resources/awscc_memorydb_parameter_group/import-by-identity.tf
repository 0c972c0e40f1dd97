import {
  to = awscc_memorydb_parameter_group.example
  identity = {
    parameter_group_name = "parameter_group_name"
  }
}
