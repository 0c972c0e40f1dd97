import {
  to = awscc_lookoutequipment_inference_scheduler.example
  id = "inference_scheduler_name"
}