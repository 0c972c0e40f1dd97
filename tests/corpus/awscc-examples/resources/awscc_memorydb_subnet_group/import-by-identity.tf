import {
  to = awscc_memorydb_subnet_group.example
  identity = {
    subnet_group_name = "subnet_group_name"
  }
}
