import {
  to = awscc_servicecatalog_launch_template_constraint.example
  id = "id"
}