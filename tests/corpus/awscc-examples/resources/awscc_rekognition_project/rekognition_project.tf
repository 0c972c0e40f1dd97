resource "awscc_rekognition_project" "example" {
  project_name = "example"
}