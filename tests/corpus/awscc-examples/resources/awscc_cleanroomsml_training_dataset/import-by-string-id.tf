import {
  to = awscc_cleanroomsml_training_dataset.example
  id = "training_dataset_arn"
}