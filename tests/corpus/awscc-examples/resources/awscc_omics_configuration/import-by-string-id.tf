import {
  to = awscc_omics_configuration.example
  id = "name"
}