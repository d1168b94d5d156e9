"""The names of the sections a job description is cut into: plain strings every fact carries, spelled
once here for the parser, the store and the intent layer."""

# Role-profile documents ("Key Responsibilities and Required Skills for …").
OVERVIEW = "overview"
PRIMARY = "primary_responsibilities"
SECONDARY = "secondary_responsibilities"
HARD_SKILLS = "hard_skills"
SOFT_SKILLS = "soft_skills"
EDUCATION_MINIMUM = "education_minimum"
EDUCATION_PREFERRED = "education_preferred"
EDUCATION_FIELDS = "education_fields"
EXPERIENCE_RANGE = "experience_range"
EXPERIENCE_PREFERRED = "experience_preferred"
CAREER_ENTRY = "career_entry"
CAREER_ADVANCEMENT = "career_advancement"
CAREER_LATERAL = "career_lateral"
TAGS = "tags"

# Recruiting-site documents ("<Title> Job Description" with a sample posting).
ABOUT = "about_the_role"
JOB_DESCRIPTION_SAMPLE = "job_description_sample"
LOCATION = "location"
EMPLOYMENT_TYPE = "employment_type"
KEY_RESPONSIBILITIES = "key_responsibilities"
RESPONSIBILITIES = "responsibilities"
PERKS = "perks"
PREREQUISITES = "prerequisites"
SALARY_BY_LEVEL = "salary_by_level"
HIRING_ADVICE = "hiring_advice"
TOOL_CATEGORIES = "tool_categories"

# Any other document (knowledge/readers): facets a posting has that the two
# layouts above do not, a heading that is no known facet (kept under its own
# words, Fact.heading), and text that is not about the role (kept, shown last).
REQUIREMENTS = "requirements"
NICE_TO_HAVE = "nice_to_have"
COMPENSATION = "compensation"
LEVELS = "levels"
CAREER_PATH = "career_path"
HIRING_PROCESS = "hiring_process"
TEAM = "team"
COMPANY = "about_the_company"
DETAILS = "details"
NAMED = "named_section"
NOT_ABOUT_ROLE = "not_about_the_role"

CAREER = (CAREER_ENTRY, CAREER_ADVANCEMENT, CAREER_LATERAL)
EDUCATION = (EDUCATION_MINIMUM, EDUCATION_PREFERRED, EDUCATION_FIELDS)

# How each section is called when shown to a person.
TITLES = {
    OVERVIEW: "Role definition",
    PRIMARY: "Primary responsibilities",
    SECONDARY: "Secondary responsibilities",
    HARD_SKILLS: "Hard skills",
    SOFT_SKILLS: "Soft skills",
    EDUCATION_MINIMUM: "Minimum education",
    EDUCATION_PREFERRED: "Preferred education",
    EDUCATION_FIELDS: "Fields of study",
    EXPERIENCE_RANGE: "Typical experience",
    EXPERIENCE_PREFERRED: "Preferred experience",
    CAREER_ENTRY: "Comes from",
    CAREER_ADVANCEMENT: "Moves on to",
    CAREER_LATERAL: "Lateral moves",
    TAGS: "Tags",
    ABOUT: "About the role",
    JOB_DESCRIPTION_SAMPLE: "Job description sample",
    LOCATION: "Location",
    EMPLOYMENT_TYPE: "Employment type",
    KEY_RESPONSIBILITIES: "Key responsibilities (job posting)",
    RESPONSIBILITIES: "What to expect them to handle",
    PERKS: "Perks",
    PREREQUISITES: "Prerequisites",
    SALARY_BY_LEVEL: "Salary by experience level",
    HIRING_ADVICE: "Hiring advice",
    TOOL_CATEGORIES: "Tool categories",
    REQUIREMENTS: "Requirements",
    NICE_TO_HAVE: "Nice to have",
    COMPENSATION: "Compensation",
    LEVELS: "Levels",
    CAREER_PATH: "Career path",
    HIRING_PROCESS: "Hiring process",
    TEAM: "Team and reporting line",
    COMPANY: "About the company",
    DETAILS: "Details",
    NAMED: "Other sections",
    NOT_ABOUT_ROLE: "Not about the role",
}

# The facets a recruiter expects of every role, and the sections that fill each; the completeness
# report names those no source fills ("salary" is a table of its own).
FACETS = {
    "role definition": (OVERVIEW, ABOUT),
    "primary responsibilities": (PRIMARY, KEY_RESPONSIBILITIES, RESPONSIBILITIES),
    "requirements": (REQUIREMENTS, HARD_SKILLS, SOFT_SKILLS, PREREQUISITES, *EDUCATION, "experience_range",
                     "experience_preferred"),
}
# Facets expected only of a role with a source of a format that has them: role profiles, and
# postings (any format but the seeds' two layouts).
ROLE_PROFILE_FORMAT = "role_profile"
SEEDS_FORMATS = (ROLE_PROFILE_FORMAT, "hiring_guide")
PROFILE_FACETS = {
    "secondary responsibilities": (SECONDARY,),
    "hard skills": (HARD_SKILLS,),
    "soft skills": (SOFT_SKILLS,),
    "education": EDUCATION,
    "experience": (EXPERIENCE_RANGE, EXPERIENCE_PREFERRED),
    "career path": CAREER,
}
POSTING_FACETS = {
    "location": (LOCATION,),
    "benefits": (PERKS,),
}
