import {
  to = awscc_cleanroomsml_configured_model_algorithm_association.example
  id = "configured_model_algorithm_association_arn"
}