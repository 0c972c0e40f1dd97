import {
  to = awscc_athena_data_catalog.example
  identity = {
    name = "name"
  }
}
