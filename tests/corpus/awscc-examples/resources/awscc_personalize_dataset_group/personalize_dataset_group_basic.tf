resource "awscc_personalize_dataset_group" "personalize_dataset_group" {
  name   = "TestPresonalizeDatasetGroup"
  domain = "VIDEO_ON_DEMAND"
}