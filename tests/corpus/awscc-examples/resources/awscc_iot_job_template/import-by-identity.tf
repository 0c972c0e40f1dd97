import {
  to = awscc_iot_job_template.example
  identity = {
    job_template_id = "job_template_id"
  }
}
