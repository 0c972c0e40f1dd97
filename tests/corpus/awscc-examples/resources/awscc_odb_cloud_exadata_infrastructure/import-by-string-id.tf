import {
  to = awscc_odb_cloud_exadata_infrastructure.example
  id = "cloud_exadata_infrastructure_arn"
}