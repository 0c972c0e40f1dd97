import {
  to = awscc_cleanroomsml_training_dataset.example
  identity = {
    training_dataset_arn = "training_dataset_arn"
  }
}
