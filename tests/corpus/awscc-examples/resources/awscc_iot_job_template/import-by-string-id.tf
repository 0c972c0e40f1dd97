import {
  to = awscc_iot_job_template.example
  id = "job_template_id"
}