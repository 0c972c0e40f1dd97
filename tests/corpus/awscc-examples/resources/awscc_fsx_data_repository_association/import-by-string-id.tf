import {
  to = awscc_fsx_data_repository_association.example
  id = "association_id"
}