import {
  to = awscc_fms_resource_set.example
  id = "id"
}