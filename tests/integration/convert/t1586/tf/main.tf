resource "aws_codecommit_repository" "repo" {
  repository_name = "t1586-from-terraform"
  description     = "converted from Terraform"
  tags = {
    team = "data"
  }
}

output "name" {
  value = aws_codecommit_repository.repo.id
}

output "clone_url_ssh" {
  value = aws_codecommit_repository.repo.clone_url_ssh
}
