import {
  to = awscc_macie_custom_data_identifier.example
  identity = {
    id = "id"
  }
}
