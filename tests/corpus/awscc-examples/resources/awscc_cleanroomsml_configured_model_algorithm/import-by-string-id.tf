import {
  to = awscc_cleanroomsml_configured_model_algorithm.example
  id = "configured_model_algorithm_arn"
}