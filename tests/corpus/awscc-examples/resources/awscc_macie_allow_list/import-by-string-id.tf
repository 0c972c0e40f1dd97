import {
  to = awscc_macie_allow_list.example
  id = "id"
}