import {
  to = awscc_codegurureviewer_repository_association.example
  id = "association_arn"
}