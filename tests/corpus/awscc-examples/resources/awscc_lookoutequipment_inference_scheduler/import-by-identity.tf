import {
  to = awscc_lookoutequipment_inference_scheduler.example
  identity = {
    inference_scheduler_name = "inference_scheduler_name"
  }
}
