import {
  to = awscc_sagemaker_monitoring_schedule.example
  identity = {
    monitoring_schedule_arn = "monitoring_schedule_arn"
  }
}
