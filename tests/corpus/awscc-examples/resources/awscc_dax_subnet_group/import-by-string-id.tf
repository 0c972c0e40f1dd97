import {
  to = awscc_dax_subnet_group.example
  id = "id"
}