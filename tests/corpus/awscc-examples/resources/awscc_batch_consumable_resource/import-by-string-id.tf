import {
  to = awscc_batch_consumable_resource.example
  id = "consumable_resource_arn"
}