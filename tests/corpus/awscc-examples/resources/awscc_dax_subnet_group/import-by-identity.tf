import {
  to = awscc_dax_subnet_group.example
  identity = {
    id = "id"
  }
}
