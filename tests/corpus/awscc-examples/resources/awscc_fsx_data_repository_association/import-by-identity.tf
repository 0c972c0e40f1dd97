import {
  to = awscc_fsx_data_repository_association.example
  identity = {
    association_id = "association_id"
  }
}
