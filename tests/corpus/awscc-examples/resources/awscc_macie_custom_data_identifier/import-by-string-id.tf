import {
  to = awscc_macie_custom_data_identifier.example
  id = "id"
}