import {
  to = awscc_omics_configuration.example
  identity = {
    name = "name"
  }
}
