import {
  to = awscc_cleanroomsml_configured_model_algorithm.example
  identity = {
    configured_model_algorithm_arn = "configured_model_algorithm_arn"
  }
}
