import {
  to = awscc_memorydb_parameter_group.example
  id = "parameter_group_name"
}