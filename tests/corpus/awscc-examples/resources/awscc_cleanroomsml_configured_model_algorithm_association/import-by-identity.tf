import {
  to = awscc_cleanroomsml_configured_model_algorithm_association.example
  identity = {
    configured_model_algorithm_association_arn = "configured_model_algorithm_association_arn"
  }
}
