import {
  to = awscc_batch_consumable_resource.example
  identity = {
    consumable_resource_arn = "consumable_resource_arn"
  }
}
