import {
  to = awscc_sagemaker_monitoring_schedule.example
  id = "monitoring_schedule_arn"
}