import {
  to = awscc_fis_experiment_template.example
  id = "id"
}