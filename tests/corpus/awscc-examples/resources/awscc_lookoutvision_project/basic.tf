resource "awscc_lookoutvision_project" "example" {
  project_name = "example"
}