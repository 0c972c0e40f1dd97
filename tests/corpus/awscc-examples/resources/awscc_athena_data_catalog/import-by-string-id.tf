import {
  to = awscc_athena_data_catalog.example
  id = "name"
}