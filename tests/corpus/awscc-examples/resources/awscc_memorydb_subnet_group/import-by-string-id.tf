import {
  to = awscc_memorydb_subnet_group.example
  id = "subnet_group_name"
}