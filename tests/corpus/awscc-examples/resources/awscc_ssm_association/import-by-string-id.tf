import {
  to = awscc_ssm_association.example
  id = "association_id"
}