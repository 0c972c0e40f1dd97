import {
  to = awscc_codegurureviewer_repository_association.example
  identity = {
    association_arn = "association_arn"
  }
}
