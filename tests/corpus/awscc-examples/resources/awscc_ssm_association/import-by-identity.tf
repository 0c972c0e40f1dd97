import {
  to = awscc_ssm_association.example
  identity = {
    association_id = "association_id"
  }
}
